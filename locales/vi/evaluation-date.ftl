## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = Kiểm tra theo một ngày khác
date-usage = Để xem kết quả theo một ngày khác, hãy gửi ví dụ /date 2027-06-30. Gửi /date today để quay về hôm nay.
date-set = Từ giờ, kết quả của bạn được đánh giá theo ngày { $date }.
date-reset = Kết quả của bạn lại được đánh giá theo ngày hôm nay.
