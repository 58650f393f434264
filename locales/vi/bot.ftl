## The bot itself: greetings, commands, buttons, privacy.

bot-description = Tôi kiểm tra từng bước xem bạn có thể xin giấy phép lao động, thị thực hay quyền cư trú vĩnh viễn tại Trung Quốc hay không, kèm quy định, con số và nguồn của mỗi câu trả lời. Đây là thông tin tham khảo, không phải tư vấn pháp lý.
bot-short-description = Bạn có thể làm việc hay định cư ở Trung Quốc? Kiểm tra theo từng tiêu chí, có nguồn.
start-greeting =
    Xin chào{ $name ->
        [none] { "" }
       *[other] , { $name }
    }! Tôi sẽ hỏi vài câu ngắn — thường ít hơn 15 câu — rồi cho bạn biết con đường nào để làm việc và định cư ở Trung Quốc phù hợp với bạn: giấy phép lao động loại A, B hoặc C, thị thực Z, R và K, và quyền cư trú vĩnh viễn. Với mỗi tiêu chí, bạn sẽ thấy quy định, con số và nguồn của nó.
start-resume = Chào mừng bạn quay lại! Câu trả lời của bạn đã được lưu; hãy tiếp tục từ chỗ bạn dừng lại.
start-privacy-line = Câu trả lời của bạn được giữ riêng tư: tôi không bao giờ đăng chúng trong nhóm và không ghi vào nhật ký. /privacy giải thích chi tiết, /forget xóa chúng.
help-text =
    Tôi kiểm tra khả năng làm việc và định cư ở Trung Quốc của bạn, từng câu hỏi một.
    Các lệnh:
    /start — bắt đầu hoặc tiếp tục phỏng vấn
    /back — quay lại một câu hỏi
    /answers — xem và sửa câu trả lời
    /verdict — xem kết quả
    /date — kiểm tra theo một ngày khác
    /reminders — lời nhắc và cảnh báo thay đổi quy định của bạn
    /language — đổi ngôn ngữ
    /restart — bắt đầu lại từ đầu
    /mydata — tải xuống mọi dữ liệu tôi lưu về bạn
    /forget — xóa mọi dữ liệu tôi lưu về bạn
    /privacy — cách dữ liệu của bạn được xử lý
privacy-text = Tôi lưu gì: câu trả lời của bạn, ngôn ngữ của bạn, nơi bạn đến (thẻ tên của một nhóm hoặc kênh, không bao giờ là danh tính của bạn ở đó), và các lời nhắc cùng cảnh báo thay đổi quy định mà bạn yêu cầu. Vì sao: để bạn có thể dừng rồi tiếp tục, sửa câu trả lời sau này, và nhận tin từ tôi vào ngày bạn đã chọn. Ở đâu: trong cơ sở dữ liệu riêng của bot này, được mã hóa, trong { $days } ngày kể từ tin nhắn cuối cùng của bạn, sau đó tự động bị xóa; khi còn một lời nhắc đang chờ hoặc cảnh báo đang bật, câu trả lời của bạn được giữ cho đến khi lời nhắc được gửi hoặc bạn hủy nó (/reminders), vì đó chính là những gì tôi kiểm tra lại. Tôi không bao giờ đăng câu trả lời của bạn trong nhóm hay kênh và không ghi chúng vào nhật ký. /mydata gửi cho bạn một bản sao; /forget xóa mọi thứ ngay bây giờ, kể cả lời nhắc và cảnh báo.
command-start = Bắt đầu hoặc tiếp tục kiểm tra
command-help = Cách hoạt động
command-language = Đổi ngôn ngữ
command-back = Quay lại một câu hỏi
command-restart = Bắt đầu lại
command-answers = Xem và sửa câu trả lời
command-verdict = Xem kết quả
command-mydata = Tải dữ liệu của bạn
command-forget = Xóa dữ liệu của bạn
command-privacy = Cách dữ liệu của bạn được xử lý
button-back = ◀ Quay lại
button-skip = Bỏ qua
button-dont-know = Tôi không biết
button-done = ✔ Xong
button-change-answer = ✏️ Sửa câu trả lời trước
choice-yes = Có
choice-no = Không
question-progress = Câu hỏi { $number }
question-why = Vì sao chúng tôi hỏi: { $why }
answers-title = Câu trả lời của bạn (chạm vào một câu để sửa):
answers-empty = Bạn chưa trả lời câu nào. Gửi /start để bắt đầu.
answer-unknown = Tôi không biết
answer-skipped = đã bỏ qua
answer-none-selected = không có
language-prompt = Chọn ngôn ngữ của bạn:
language-changed = Đã chuyển sang tiếng Việt.
forget-confirm = Xóa toàn bộ câu trả lời và cài đặt của bạn? Không thể hoàn tác.
forget-yes = Có, xóa tất cả
forget-no = Không, giữ lại
forget-done = Xong: mọi dữ liệu tôi lưu về bạn đã bị xóa.
forget-cancelled = Không có gì bị xóa.
mydata-caption = Mọi dữ liệu tôi lưu về bạn, dưới dạng tệp JSON.
restart-done = Câu trả lời của bạn đã được xóa. Hãy bắt đầu lại.
language-native-name = Tiếng Việt
command-check = Bắt đầu kiểm tra riêng của bạn
command-routes = Các con đường làm việc và định cư ở Trung Quốc
command-threshold = Ngưỡng lương của một thành phố
command-settings = Cài đặt nhóm (quản trị viên)
command-publish = Đăng bài kiểm tra lên kênh của bạn
command-stats = Số liệu ẩn danh (quản trị bot)
