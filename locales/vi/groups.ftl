## Groups, forum topics and channels. Nothing personal is ever posted here: the check happens in private.

group-intro =
    Xin chào mọi người! Tôi kiểm tra xem một người có thể làm việc hoặc định cư ở Trung Quốc hay không — giấy phép lao động loại A, B và C, thị thực Z, R và K, và quyền cư trú vĩnh viễn — theo từng tiêu chí, kèm quy định và nguồn của mỗi câu trả lời.
    Câu trả lời cá nhân chỉ được thu thập trong cuộc trò chuyện riêng với tôi, không bao giờ ở đây.
    /check — bắt đầu kiểm tra riêng của bạn
    /routes — các con đường làm việc và định cư ở Trung Quốc
    /threshold thành phố — ngưỡng lương của một thành phố
    /settings — dành cho quản trị viên nhóm
group-check-prompt = { $name }, hãy chạm vào nút để bắt đầu kiểm tra trong cuộc trò chuyện riêng. Câu trả lời của bạn chỉ có bạn và tôi biết.
group-check-button = 🔒 Kiểm tra riêng của tôi
group-help =
    Ở đây tôi trả lời các câu hỏi chung và kiểm tra cá nhân trong cuộc trò chuyện riêng.
    /check — bắt đầu kiểm tra riêng của bạn
    /routes — các con đường làm việc và định cư ở Trung Quốc
    /threshold thành phố — ngưỡng lương của một thành phố, ví dụ /threshold Shanghai
    /settings — cài đặt nhóm (chỉ quản trị viên)
group-button-not-yours = Nút này dành cho người khác. Gửi /check để có nút của riêng bạn.
group-came-from = Bạn đến từ { $group }. Mọi câu trả lời của bạn ở đây đều riêng tư; nhóm không thấy gì.
routes-text =
    Các con đường làm việc và định cư ở Trung Quốc:
    • Giấy phép lao động loại A (外国高端人才): chương trình nhân tài, giải thưởng lớn, vị trí cấp cao, mức lương gấp 6 lần mức trung bình địa phương, hoặc ít nhất 85 điểm.
    • Giấy phép lao động loại B (外国专业人才): bằng đại học và 2 năm kinh nghiệm, bằng thạc sĩ tốt của Trung Quốc hoặc trường hàng đầu nước ngoài, lương gấp 4 lần mức địa phương, hoặc ít nhất 60 điểm; tối đa 60 tuổi.
    • Giấy phép lao động loại C (外国普通人员): chỉ các công việc theo hạn ngạch (tạm thời, thời vụ, theo hiệp định liên chính phủ).
    • Thị thực: Z sau khi có giấy phép lao động; R cho nhân tài loại A; K cho nhân tài trẻ về khoa học và công nghệ (từ tháng 10 năm 2025).
    • Quyền cư trú vĩnh viễn (永久居留): 4 năm với lương gấp 6 lần mức địa phương và thuế 20%; người gốc Hoa có bằng tiến sĩ; được chính phủ tiến cử; vị trí cấp cao; đầu tư; gia đình.
    Gửi /check để nhận câu trả lời của riêng bạn, trong cuộc trò chuyện riêng.
threshold-usage = Hãy cho tôi biết một thành phố, ví dụ: /threshold Beijing
threshold-title = Ngưỡng lương tại { $city }, tính đến { $date }
threshold-line-a = Giấy phép lao động A (gấp 6 lần): { $amount } nhân dân tệ mỗi năm
threshold-line-b = Giấy phép lao động B (gấp 4 lần): { $amount } nhân dân tệ mỗi năm
threshold-line-pr = Quyền cư trú vĩnh viễn (gấp 6 lần, trong mỗi năm của 4 năm): { $amount } nhân dân tệ mỗi năm, với thuế thu nhập ít nhất { $tax } nhân dân tệ
threshold-base = Dựa trên mức lương bình quân { $wage } nhân dân tệ mỗi năm của năm { $year }, áp dụng từ { $date }. Nguồn: { $source }.
threshold-unknown-city = Tôi không có số liệu cho “{ $city }”. Các thành phố tôi biết: { $cities }.
threshold-no-figure = Tôi chưa có số liệu hiện hành cho { $city }. Hãy hỏi Sở Khoa học và Công nghệ địa phương về mức “社会平均工资” mà họ áp dụng.
settings-title = Cài đặt nhóm
settings-language = Ngôn ngữ: { $language }
settings-public =
    Lệnh công khai (/routes, /threshold): { $state ->
        [on] bật
       *[off] tắt
    }
settings-quiet =
    Chế độ yên lặng (không chào hỏi, chỉ trả lời lệnh): { $state ->
        [on] bật
       *[off] tắt
    }
settings-toggle-public = Bật/tắt lệnh công khai
settings-toggle-quiet = Bật/tắt chế độ yên lặng
settings-choose-language = Chọn ngôn ngữ của nhóm
settings-saved = Đã lưu.
settings-admins-only = Chỉ quản trị viên của nhóm mới có thể thay đổi các cài đặt này.
channel-post-text = Bạn có thể làm việc hoặc định cư ở Trung Quốc không? Hãy kiểm tra trong cuộc trò chuyện riêng xem con đường nào phù hợp với bạn: giấy phép lao động, thị thực và quyền cư trú vĩnh viễn, kèm quy định và nguồn của từng tiêu chí.
channel-post-button = Kiểm tra điều kiện của tôi
channel-publish-usage = Để đăng bài “Kiểm tra điều kiện của bạn” lên kênh, hãy gửi: /publish @tenkenh
channel-not-admin = Tôi chỉ có thể đăng ở đó nếu bạn là quản trị viên của kênh và tôi cũng vậy, với quyền đăng tin nhắn.
channel-not-found = Tôi không tìm thấy kênh đó. Trước hết hãy thêm tôi vào kênh với vai trò quản trị viên.
channel-published = Đã đăng trên { $channel }.
stats-title = Số liệu ẩn danh
stats-started = Phiên đã bắt đầu: { $count }
stats-completed = Phiên đã hoàn thành: { $count }
stats-by-source = Theo nguồn (bắt đầu / hoàn thành):
stats-by-language = Theo ngôn ngữ (bắt đầu / hoàn thành):
stats-by-outcome = Đã hoàn thành, theo kết quả tốt nhất:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = trò chuyện riêng
stats-admins-only = Lệnh này dành cho quản trị viên của bot.
