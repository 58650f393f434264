## 받을 수 없는 답변. 질문은 그대로 유지되며 아무것도 저장되지 않습니다.

error-empty = 답변을 입력해 주세요.
error-not-a-number = 숫자로 인식할 수 없습니다. { hint-whole-number }
error-number-not-whole = 소수점 없이 정수로 입력해 주세요.
error-text-too-long = 답변이 너무 깁니다. 숫자나 날짜만 입력해 주세요.
error-date-invalid = 존재하지 않는 날짜입니다. { hint-month-year }
error-date-format = 날짜로 인식할 수 없습니다. { hint-month-year }
error-date-in-future = 미래의 날짜입니다. 근무를 시작한 연도와 월을 입력해 주세요.
error-date-too-early = { $year }년 이후의 날짜를 입력해 주세요.
error-money-negative = 금액은 음수일 수 없습니다. 위안화 금액을 입력해 주세요.
error-money-absurd = { $max }보다 큰 금액입니다. 금액을 확인해 주세요.
error-money-too-small = { $min }보다 작은 금액입니다. 금액을 확인해 주세요.
error-number-below-min = { $min } 이상의 숫자를 입력해 주세요.
error-number-above-max = { $max } 이하의 숫자를 입력해 주세요.
error-use-buttons = 질문 아래의 버튼 중 하나를 선택해 주세요.
error-stale-button = 이전 질문의 버튼입니다. 현재 질문은 다음과 같습니다.
error-verdict-not-ready = 질문에 답하시면 결과를 볼 수 있습니다. 다음 질문입니다.
error-unknown-language = 지원하지 않는 언어입니다.
error-nothing-to-go-back-to = 첫 번째 질문이므로 더 이상 돌아갈 수 없습니다.
error-interview-complete = 모든 질문에 답하셨습니다. 결과를 보려면 /verdict, 처음부터 다시 하려면 /restart를 보내 주세요.
error-unsupported-message = 이곳에서는 텍스트와 버튼 입력만 인식할 수 있습니다.
error-edited-message = 메시지를 수정하신 것을 확인했습니다. 메시지를 수정해도 답변은 바뀌지 않습니다. 답변을 바꾸려면 /answers를 이용해 주세요.
error-generic = 죄송합니다. 시스템에 문제가 발생했습니다. 답변은 안전하게 저장되어 있으니 다시 시도해 주세요.
error-too-many-messages = 답변할 수 있는 속도보다 빠르게 메시지를 보내고 계십니다. 이미 받은 메시지에 먼저 답변하겠습니다. 답변을 받은 뒤에 더 보내 주세요.
