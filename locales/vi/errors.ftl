## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = Vui lòng nhập câu trả lời.
error-not-a-number = Tôi không đọc được đó là một con số. { hint-whole-number }
error-number-not-whole = Vui lòng nhập số nguyên, không có phần thập phân.
error-text-too-long = Câu trả lời quá dài. Vui lòng chỉ nhập con số hoặc ngày tháng.
error-date-invalid = Ngày đó không tồn tại. { hint-month-year }
error-date-format = Tôi không đọc được đó là một ngày. { hint-month-year }
error-date-in-future = Ngày đó ở trong tương lai. Vui lòng nhập tháng và năm bạn bắt đầu.
error-date-too-early = Vui lòng nhập một ngày từ năm { $year } trở đi.
error-money-negative = Số tiền không thể âm. Vui lòng nhập số tiền bằng nhân dân tệ.
error-money-absurd = Số đó lớn hơn { $max }. Vui lòng kiểm tra lại số tiền.
error-money-too-small = Số đó nhỏ hơn { $min }. Vui lòng kiểm tra lại số tiền.
error-number-below-min = Vui lòng nhập một số không nhỏ hơn { $min }.
error-number-above-max = Vui lòng nhập một số không lớn hơn { $max }.
error-use-buttons = Vui lòng chọn một trong các nút bên dưới câu hỏi.
error-stale-button = Nút đó thuộc về một câu hỏi trước. Đây là câu hỏi hiện tại.
error-verdict-not-ready = Kết quả sẽ có khi bạn trả lời xong các câu hỏi. Đây là câu tiếp theo.
error-unknown-language = Ngôn ngữ đó hiện chưa có.
error-nothing-to-go-back-to = Đây là câu hỏi đầu tiên; không có gì để quay lại.
error-interview-complete = Bạn đã trả lời tất cả các câu hỏi. Gửi /verdict để xem kết quả hoặc /restart để bắt đầu lại.
error-unsupported-message = Ở đây tôi chỉ đọc được văn bản và thao tác bấm nút.
error-edited-message = Tôi thấy bạn đã sửa một tin nhắn. Việc sửa tin nhắn không thay đổi câu trả lời: để sửa, hãy dùng /answers.
error-generic = Xin lỗi, đã có lỗi ở phía chúng tôi. Câu trả lời của bạn vẫn an toàn; vui lòng thử lại.
error-too-many-messages = Bạn đang gửi tin nhắn nhanh hơn tôi có thể trả lời. Tôi sẽ trả lời những tin đã nhận; vui lòng chờ tôi trả lời rồi hãy gửi tiếp.
