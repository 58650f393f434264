## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = Bạn muốn làm gì ở Trung Quốc?
q-goal-why = Chúng tôi chỉ hỏi về những con đường phục vụ kế hoạch của bạn.
choice-goal-work = Làm việc ở đó
choice-goal-settle = Định cư (cư trú vĩnh viễn)
choice-goal-both = Làm việc, rồi định cư
choice-goal-unsure = Chưa chắc — xem tất cả
q-age = Bạn bao nhiêu tuổi?
q-age-why = Giấy phép lao động có giới hạn tuổi (từ 18 đến 60 với loại B), và tuổi cũng được tính điểm.
q-work-city = Bạn sẽ làm việc (hoặc đang làm việc) ở thành phố nào tại Trung Quốc đại lục?
q-work-city-why = Ngưỡng lương là bội số của mức lương bình quân địa phương, khác nhau theo thành phố.
choice-city-beijing = Bắc Kinh 北京
choice-city-shanghai = Thượng Hải 上海
choice-city-guangzhou = Quảng Châu 广州
choice-city-shenzhen = Thâm Quyến 深圳
choice-city-changzhou = Thường Châu 常州
choice-city-other = Thành phố khác
q-other-city-region = Thành phố đó ở đâu?
q-other-city-region-why = Công việc ở khu vực miền Tây, Đông Bắc hoặc các khu vực đặc biệt được chỉ định được cộng thêm 10 điểm.
choice-region-west = Miền Tây (vd. Thành Đô)
choice-region-northeast = Căn cứ công nghiệp cũ Đông Bắc
choice-region-special-area = Khu đặc biệt hoặc vùng nghèo
choice-region-elsewhere = Nơi khác (vd. Hàng Châu)
choice-dont-know = Tôi không biết
q-other-city-average-wage = Mức lương bình quân hằng năm ở thành phố của bạn là bao nhiêu nhân dân tệ?
q-other-city-average-wage-why = Chúng tôi chưa có số liệu hiện hành cho thành phố của bạn, và các quy định về lương là bội số của nó. Sở Khoa học và Công nghệ địa phương công bố con số này (社会平均工资).
q-job-offer = Bạn có lời mời làm việc từ một nhà tuyển dụng đăng ký tại Trung Quốc đại lục không?
q-job-offer-why = Mọi giấy phép lao động đều do nhà tuyển dụng Trung Quốc nộp đơn; không có nhà tuyển dụng thì không có giấy phép.
q-annual-salary = Nhà tuyển dụng ở Trung Quốc trả (hoặc sẽ trả) bạn mức lương gộp hằng năm là bao nhiêu nhân dân tệ?
q-annual-salary-why = Lương được tối đa 20 điểm, và mức gấp 6 hoặc 4 lần lương bình quân địa phương tự nó đã đủ điều kiện cho loại A hoặc B.
q-highest-degree = Trình độ cao nhất của bạn là gì?
q-highest-degree-why = Học vấn được tối đa 20 điểm, và bằng cấp mở ra nhiều con đường. Chứng chỉ nghề quốc tế cao nhất được tính như bằng tiến sĩ.
choice-degree-doctorate = Tiến sĩ hoặc tương đương
choice-degree-master = Thạc sĩ
choice-degree-bachelor = Cử nhân
choice-degree-below-bachelor = Dưới cử nhân
q-experience-years = Sau khi tốt nghiệp, bạn có bao nhiêu năm kinh nghiệm làm việc liên quan đến công việc này?
q-experience-years-why = Loại B thường cần 2 năm, và kinh nghiệm được tối đa 20 điểm.
q-months-in-china = Mỗi năm bạn sẽ làm việc ở Trung Quốc bao nhiêu tháng?
q-months-in-china-why = Thời gian làm việc ở Trung Quốc được tối đa 15 điểm.
choice-months-nine-plus = Từ 9 tháng trở lên
choice-months-six-to-nine = 6 đến 9 tháng
choice-months-three-to-six = 3 đến 6 tháng
choice-months-under-three = Dưới 3 tháng
q-chinese-level = Trình độ tiếng Trung của bạn thế nào? Chọn mức cao nhất phù hợp.
q-chinese-level-why = Tiếng Trung được tối đa 5 điểm.
choice-chinese-hsk5-plus = HSK 5 trở lên
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Bằng học bằng tiếng Trung
choice-chinese-former-citizen = Từng là công dân Trung Quốc
choice-chinese-none = Không có mục nào
q-achievements =
    Bạn có thuộc trường hợp nào dưới đây không? Chạm vào tất cả mục phù hợp, rồi bấm Xong.
    • Chương trình nhân tài: được chọn vào chương trình cấp quốc gia hoặc cấp tỉnh của Trung Quốc
    • Vị trí cấp cao: tại một nhà tuyển dụng lớn, hoặc phó giáo sư trở lên
    • Nhà sáng lập: có bằng sáng chế và khoản đầu tư lớn, ổn định
q-achievements-why = Mỗi mục tự nó đã đủ điều kiện cho loại A (外国高端人才).
choice-achievement-talent-programme = Chương trình nhân tài TQ
choice-achievement-international-award = Giải lớn hoặc viện sĩ
choice-achievement-senior-post = Cấp cao hoặc phó giáo sư
choice-achievement-postdoc = Sau tiến sĩ ở ĐH danh tiếng
choice-achievement-founder-investor = Nhà sáng lập có sáng chế
choice-none-of-these = Không có mục nào
q-background =
    Những mục nào dưới đây đúng với bạn? Chạm vào tất cả mục phù hợp, rồi bấm Xong.
    • Khoa học, kỹ thuật: khoa học, công nghệ, kỹ thuật hoặc toán học
    • Chứng chỉ nghề quốc tế: chứng chỉ kỹ năng nghề quốc tế
    • Chứng chỉ sư phạm: bằng, giấy phép sư phạm hoặc TEFL 120 giờ
q-background-why = Chúng được cộng điểm thưởng và mở ra các con đường loại B và thị thực K.
choice-background-top-university = Tốt nghiệp ĐH hàng đầu
choice-background-studied-in-china = Bằng cấp ở Trung Quốc
choice-background-stem-degree = Bằng khoa học, kỹ thuật
choice-background-fortune500 = Làm ở Fortune Global 500
choice-background-patents = Có bằng sáng chế, SHTT
choice-background-five-years-in-china = Từ 5 năm trở lên ở TQ
choice-background-skill-certificate = Chứng chỉ nghề quốc tế
choice-background-language-teacher = Sẽ dạy tiếng mẹ đẻ
choice-background-teaching-qualification = Chứng chỉ sư phạm, TEFL
q-clean-record = Bạn có thể xin giấy xác nhận không có tiền án từ quốc gia bạn đang sống không?
q-clean-record-why = Mọi giấy phép và quyền cư trú vĩnh viễn đều yêu cầu không có tiền án.
q-medical-check = Bạn có nghĩ mình sẽ qua được một cuộc khám sức khỏe tiêu chuẩn không?
q-medical-check-why = Giấy chứng nhận sức khỏe là bắt buộc cho giấy phép lao động và quyền cư trú vĩnh viễn.
q-job-kind = Công việc có thuộc một trong các loại này không?
q-job-kind-why = Loại C (外国普通人员) chỉ dành cho các công việc theo hạn ngạch này (theo hiệp định liên chính phủ gồm cả thực tập; công việc khác như người giúp việc gia đình của nhân tài loại A); chỉ điểm thấp thôi thì không đủ điều kiện cho bất cứ gì.
choice-job-short-term = Tạm thời, tối đa 90 ngày
choice-job-seasonal = Công việc thời vụ
choice-job-intergovernmental = Hiệp định liên chính phủ
choice-job-other-quota = Công việc khác theo hạn ngạch
choice-job-none = Không có mục nào
q-china-work-start = Bạn bắt đầu làm việc ở Trung Quốc với giấy phép lao động từ khi nào? Nhập tháng và năm.
q-china-work-start-why = Con đường lương và thuế để có quyền cư trú vĩnh viễn cần 4 năm làm việc liên tục ở Trung Quốc.
choice-not-yet = Chưa
q-days-in-china-each-year = Trong mỗi năm của 4 năm qua, bạn có ở Trung Quốc ít nhất 183 ngày không?
q-days-in-china-each-year-why = Con đường lương và thuế yêu cầu bạn thực sự sống ở Trung Quốc ít nhất nửa năm mỗi năm.
q-pr-lowest-salary = Trong 4 năm qua, mức lương gộp hằng năm thấp nhất của bạn ở Trung Quốc là bao nhiêu nhân dân tệ?
q-pr-lowest-salary-why = Lương phải đạt gấp 6 lần mức lương bình quân địa phương trong mỗi năm của 4 năm.
q-pr-lowest-tax = Trong cùng 4 năm đó, số thuế thu nhập cá nhân ít nhất bạn đã nộp trong một năm là bao nhiêu nhân dân tệ?
q-pr-lowest-tax-why = Thuế nộp mỗi năm phải đạt 20% chuẩn lương. Giấy chứng nhận của cơ quan thuế (完税证明) cho thấy con số này.
q-employer-recommendation = Nhà tuyển dụng hiện tại có viết thư giới thiệu cho hồ sơ của bạn không?
q-employer-recommendation-why = Con đường lương và thuế cần thư giới thiệu của nhà tuyển dụng.
q-china-ties =
    Bạn có thuộc trường hợp nào dưới đây không? Chạm vào tất cả mục phù hợp, rồi bấm Xong.
    • Chính phủ tiến cử: bởi một bộ hoặc chính quyền cấp tỉnh
    • Vị trí cấp cao: ở Trung Quốc, liên tục từ 4 năm trở lên
    • Vợ/chồng: là công dân Trung Quốc hoặc người có quyền cư trú vĩnh viễn ở Trung Quốc
    • 60 tuổi trở lên, đoàn tụ: với người thân trực hệ (cha mẹ, vợ/chồng, con) ở Trung Quốc
q-china-ties-why = Mỗi mục mở ra một con đường khác để có quyền cư trú vĩnh viễn (外国人永久居留).
choice-tie-chinese-origin = Gốc Hoa (外籍华人)
choice-tie-government-recommendation = Chính phủ tiến cử
choice-tie-senior-post = Vị trí cấp cao 4 năm
choice-tie-investor = Đầu tư trực tiếp vào TQ
choice-tie-spouse = Vợ/chồng là người TQ/PR
choice-tie-parent = Dưới 18, đoàn tụ cha mẹ
choice-tie-relatives = 60 tuổi trở lên, đoàn tụ
q-post-residence = Trong 4 năm đó, bạn có sống ở Trung Quốc tổng cộng ít nhất 3 năm không?
q-post-residence-why = Con đường dành cho người giữ vị trí cấp cao cần 3 năm cư trú trong 4 năm đó.
q-investment-usd = Bạn đã đầu tư trực tiếp vào Trung Quốc bao nhiêu đô la Mỹ (vốn thực góp)?
q-investment-usd-why = Mức tối thiểu tùy thuộc vào nơi và lĩnh vực bạn đầu tư.
q-investment-region = Bạn đầu tư ở đâu hoặc vào lĩnh vực nào?
q-investment-region-why = Mức tối thiểu là 500.000 đô la Mỹ với ngành được khuyến khích (Danh mục đầu tư nước ngoài) hoặc miền Tây, 1 triệu đô la Mỹ ở miền Trung, 2 triệu đô la Mỹ ở nơi khác.
choice-investment-encouraged-sector = Ngành được khuyến khích
choice-investment-west = Miền Tây hoặc huyện nghèo
choice-investment-central = Miền Trung
choice-investment-elsewhere = Nơi khác ở Trung Quốc
q-investment-stable = Khoản đầu tư đã ổn định trong 3 năm liên tục, với hồ sơ thuế tốt chưa?
q-investment-stable-why = Con đường đầu tư cần 3 năm ổn định và hồ sơ thuế tốt.
q-marriage-years = Bạn đã kết hôn được bao nhiêu năm?
q-marriage-years-why = Con đường vợ/chồng cần 5 năm hôn nhân.
q-residence-years-in-china = Bạn đã sống liên tục ở Trung Quốc bao nhiêu năm?
q-residence-years-in-china-why = Các con đường gia đình cần 5 năm cư trú liên tục ở Trung Quốc.
q-nine-months-each-year = Bạn có sống ở Trung Quốc ít nhất 9 tháng trong mỗi năm đó không?
q-nine-months-each-year-why = Các con đường gia đình cần ít nhất 9 tháng ở Trung Quốc mỗi năm.
q-stable-livelihood = Bạn có thu nhập ổn định và chỗ ở tại Trung Quốc không?
q-stable-livelihood-why = Các con đường gia đình cần sinh kế và chỗ ở ổn định.
q-no-relatives-abroad = Tất cả người thân trực hệ của bạn (cha mẹ, vợ/chồng, con) có đang sống ở Trung Quốc, không còn ai ở nước ngoài không?
q-no-relatives-abroad-why = Con đường dành cho người thân từ 60 tuổi trở lên yêu cầu điều này.
hint-whole-number = Nhập một số nguyên, ví dụ 34.
hint-money = Nhập số tiền bằng nhân dân tệ, ví dụ 565.548 hoặc 56,5万 hoặc 565 nghìn.
hint-money-usd = Nhập số tiền bằng đô la Mỹ, ví dụ 500.000 hoặc 0,5 triệu.
hint-month-year = Ví dụ 2021-03 hoặc tháng 3 2021.
