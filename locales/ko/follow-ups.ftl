## 알림 및 규정 변경 알림: 결과 화면에서 제안하고, /reminders로 목록을 보여 주며, 나중에 보냅니다.

verdict-reminder-offer = ⏰ 답변이 그대로라면 { $date }에 다음 경로의 요건을 충족하게 됩니다: { $routes }. 그날 알려 드릴 수 있습니다.
button-remind-me = ⏰ 그날 알림 받기
button-rule-alerts = 🔔 규정 변경 알림 받기
button-stop-alerts = 🔕 규정 알림 끄기
button-cancel-reminder = ✖ 알림 { $number } 취소

reminder-toast-set = 알림이 설정되었습니다
reminder-set = ⏰ 설정 완료: { $date }에 저장된 답변을 다시 확인하고 { $routes }에 대한 결과를 알려 드리겠습니다. /reminders에서 알림 목록을 보고 취소할 수 있습니다.
reminder-already-set = 그날에 대한 알림이 이미 있습니다.
reminder-out-of-date = 이 결과 이후 답변이 바뀌어 그 날짜가 더 이상 맞지 않을 수 있습니다. /verdict에서 현재 결과와 그에 맞는 알림을 확인하세요.
reminder-cancelled = 알림이 취소되었습니다
reminder-already-cancelled = 이미 취소된 알림입니다
rule-alerts-toast-on = 규정 변경 알림 켜짐
rule-alerts-on = 🔔 설정 완료: 규정이나 공표된 수치가 바뀌어 결과가 달라지면 무엇이 바뀌었는지 알려 드리겠습니다. /reminders에서 확인하고 끌 수 있습니다.
rule-alerts-already = 규정 변경 알림이 이미 켜져 있습니다.
rule-alerts-off = 규정 변경 알림을 껐습니다
rule-alerts-already-off = 규정 변경 알림이 이미 꺼져 있습니다

reminders-title = 내 알림:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 규정 변경 알림: 켜짐({ $date } 기준 결과와 비교)
reminders-empty = 설정된 알림이 없습니다. 결과가 나온 뒤, 답변이 어떤 경로의 요건을 충족하게 되는 날에 알려 드리거나 규정 변경이 영향을 줄 때 알려 드리는 기능을 제안해 드릴 수 있습니다.
reminders-kept = 알림은 발송되거나 직접 취소할 때까지 답변과 함께 보관됩니다. /forget으로 모두 삭제할 수 있습니다.
reminders-route-gone = 더 이상 존재하지 않는 경로

reminder-due-title = ⏰ { $date } 알림
reminder-due-met = ✅ { $date } 기준, 답변에 따르면 다음 경로의 요건을 충족합니다: { $route }.
reminder-due-if-confirmed = 🟡 { $date } 기준 { $route }: ‘확인되면 충족’ — 확인이 필요한 항목이 확인되면 요건을 충족합니다.
reminder-due-not-met = ❌ { $date } 기준, 답변에 따르면 아직 다음 경로의 요건을 충족하지 못합니다: { $route }.
reminder-due-not-applicable = { $date } 기준으로 다음 경로는 답변에 해당하지 않습니다: { $route }.
reminder-due-check = 이 결과는 답변이 여전히 정확할 때만 유효합니다. 아래 버튼으로 답변(연봉, 세금, 중국 체류 일수, 날짜)을 확인하고, ‘자세히’를 눌러 요건별 내용과 다음 단계를 확인하세요.

rule-change-title = 🔔 규정 변경이 결과에 영향을 줍니다
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, { $date }부터 적용(출처: { $source })
rule-change-figure-stale = ⚠️ 이 수치는 갱신 예정일이 지났습니다
rule-change-none = 없음
rule-change-rules = 봇의 규정 데이터에서 이 경로의 규정이 바뀌었습니다.
rule-change-footer = 저장된 답변({ $date } 기준)을 변경 전과 변경 후의 규정으로 비교한 결과입니다. 답변이 여전히 맞는지 확인하세요.

command-reminders = 내 알림 보기
follow-up-more-questions = 이제 추가로 답해야 할 질문이 있습니다(예: 근무 4년이 되면 그 기간의 연봉과 세금). /start를 보내 질문에 답하고 전체 결과를 확인하세요.
