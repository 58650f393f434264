## Lời nhắc và cảnh báo thay đổi quy định: đề xuất kèm kết quả, liệt kê bằng /reminders, gửi về sau.

verdict-reminder-offer = ⏰ Với cùng các câu trả lời này, vào ngày { $date } bạn sẽ đủ điều kiện cho: { $routes }. Tôi có thể nhắc bạn vào ngày đó.
button-remind-me = ⏰ Nhắc tôi vào ngày đó
button-rule-alerts = 🔔 Báo khi quy định thay đổi
button-stop-alerts = 🔕 Tắt cảnh báo quy định
button-cancel-reminder = ✖ Hủy lời nhắc { $number }

reminder-toast-set = Đã đặt lời nhắc
reminder-set = ⏰ Xong: vào ngày { $date } tôi sẽ kiểm tra lại các câu trả lời đã lưu của bạn và cho bạn biết kết quả đối với { $routes }. /reminders liệt kê các lời nhắc của bạn và cho phép hủy chúng.
reminder-already-set = Bạn đã có lời nhắc cho ngày đó rồi.
reminder-out-of-date = Câu trả lời của bạn đã thay đổi kể từ kết quả này, nên ngày đó có thể không còn đúng: /verdict hiển thị kết quả hiện tại và lời nhắc tương ứng.
reminder-cancelled = Đã hủy lời nhắc
reminder-already-cancelled = Lời nhắc đó đã được hủy trước đó
rule-alerts-toast-on = Đã bật cảnh báo quy định
rule-alerts-on = 🔔 Xong: nếu một quy định hoặc một số liệu được công bố thay đổi theo cách làm thay đổi kết quả của bạn, tôi sẽ cho bạn biết điều gì đã thay đổi. /reminders hiển thị mục này và cho phép bạn tắt nó.
rule-alerts-already = Cảnh báo thay đổi quy định đã được bật rồi.
rule-alerts-off = Đã tắt cảnh báo thay đổi quy định
rule-alerts-already-off = Cảnh báo thay đổi quy định đã tắt từ trước

reminders-title = Lời nhắc và cảnh báo của bạn:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Cảnh báo thay đổi quy định: đang bật (so sánh với kết quả của bạn tính đến { $date })
reminders-empty = Bạn chưa có lời nhắc hay cảnh báo nào. Sau khi có kết quả, tôi có thể đề nghị nhắc bạn vào ngày mà theo câu trả lời của bạn, bạn đủ điều kiện cho một con đường, và báo cho bạn khi một thay đổi quy định ảnh hưởng đến bạn.
reminders-kept = Các mục này được lưu cùng câu trả lời của bạn cho đến khi được gửi hoặc bạn hủy chúng; /forget xóa mọi thứ.
reminders-route-gone = một con đường không còn tồn tại

reminder-due-title = ⏰ Lời nhắc của bạn cho ngày { $date }
reminder-due-met = ✅ Tính đến { $date }, theo câu trả lời của bạn, bạn đủ điều kiện cho: { $route }.
reminder-due-if-confirmed = 🟡 Tính đến { $date }: { $route } — “Đủ điều kiện nếu được xác nhận”: bạn đủ điều kiện nếu các điểm còn bỏ ngỏ được xác nhận.
reminder-due-not-met = ❌ Tính đến { $date }, theo câu trả lời của bạn, bạn vẫn chưa đủ điều kiện cho: { $route }.
reminder-due-not-applicable = Tính đến { $date }, { $route } không áp dụng với câu trả lời của bạn.
reminder-due-check = Điều này chỉ đúng nếu câu trả lời của bạn vẫn chính xác. Hãy kiểm tra chúng (lương, thuế, số ngày ở Trung Quốc, các mốc ngày) bằng nút bên dưới, và chạm “Vì sao?” để xem từng tiêu chí và các bước tiếp theo.

rule-change-title = 🔔 Một thay đổi quy định ảnh hưởng đến kết quả của bạn
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, áp dụng từ { $date } (nguồn: { $source })
rule-change-figure-stale = ⚠️ số liệu này hiện đã quá hạn cập nhật
rule-change-none = không có
rule-change-rules = Quy định của con đường này đã thay đổi trong dữ liệu quy định của bot.
rule-change-footer = Đây là so sánh các câu trả lời đã lưu của bạn, tính đến { $date }, theo quy định trước và sau khi thay đổi. Hãy kiểm tra xem câu trả lời của bạn có còn đúng không.

command-reminders = Lời nhắc và cảnh báo của bạn
follow-up-more-questions = Giờ có thêm câu hỏi áp dụng cho bạn (ví dụ, khi đã đủ bốn năm làm việc, lương và thuế của những năm đó): gửi /start để trả lời và xem kết quả đầy đủ.
