## 봇 기본 메시지: 인사, 명령어, 버튼, 개인정보.

bot-description = 중국 취업허가, 비자, 영주권을 받을 수 있는지 단계별로 확인하고, 모든 답변의 근거가 되는 규정, 수치, 출처를 보여 드립니다. 법률 자문이 아닌 참고용 안내입니다.
bot-short-description = 중국에서 일하거나 정착할 수 있을까요? 요건별로 출처와 함께 확인해 드립니다.
start-greeting = { $name ->
        [none] 안녕하세요
       *[other] { $name }님, 안녕하세요
    }! 몇 가지 짧은 질문(보통 15개 미만)에 답해 주시면, 중국에서 일하고 정착하는 경로 중 어떤 것이 맞는지 알려 드립니다. 취업허가 A·B·C급, Z·R·K 비자, 영주권이 대상입니다. 요건마다 규정, 수치, 출처를 함께 보여 드립니다.
start-resume = 다시 오신 것을 환영합니다! 답변이 저장되어 있으니 멈춘 곳부터 이어서 진행하겠습니다.
start-privacy-line = 답변은 비공개로 유지됩니다. 그룹에 게시하거나 로그에 기록하는 일은 절대 없습니다. 자세한 내용은 /privacy, 삭제는 /forget을 이용하세요.
help-text = 중국에서 일하고 정착할 수 있는 자격을 질문별로 확인해 드립니다.
    명령어:
    /start — 진단 시작 또는 이어하기
    /back — 이전 질문으로 돌아가기
    /answers — 답변 확인 및 수정
    /verdict — 결과 보기
    /date — 다른 날짜 기준으로 확인
    /reminders — 알림 및 규정 변경 알림
    /language — 언어 변경
    /restart — 처음부터 다시 시작
    /mydata — 저장된 내 정보 전체 다운로드
    /forget — 저장된 내 정보 전체 삭제
    /privacy — 개인정보 처리 방식
privacy-text = 저장하는 정보: 질문에 대한 답변, 사용 언어, 유입 경로(그룹 또는 채널 이름 태그만 저장하며, 그곳에서 누구인지는 저장하지 않습니다), 그리고 요청하신 알림과 규정 변경 알림. 목적: 중간에 멈췄다가 이어서 진행하고, 나중에 답변을 수정하고, 원하신 날짜에 안내를 받으실 수 있도록 하기 위해서입니다. 저장 위치: 이 봇 전용 데이터베이스에 암호화하여 저장하며, 마지막 메시지로부터 { $days }일 동안 보관한 뒤 자동으로 삭제합니다. 다만 발송 대기 중인 알림이 있거나 규정 변경 알림이 켜져 있으면, 알림이 발송되거나 취소(/reminders)할 때까지 답변을 보관합니다. 다시 확인하는 대상이 바로 그 답변이기 때문입니다. 답변을 그룹이나 채널에 게시하거나 로그에 기록하는 일은 절대 없습니다. /mydata로 사본을 받을 수 있고, /forget으로 알림을 포함해 지금 바로 모두 삭제할 수 있습니다.

command-start = 진단 시작 또는 이어하기
command-help = 사용 방법
command-language = 언어 변경
command-back = 이전 질문으로 돌아가기
command-restart = 처음부터 다시 시작
command-answers = 답변 확인 및 수정
command-verdict = 결과 보기
command-mydata = 내 정보 다운로드
command-forget = 내 정보 삭제
command-privacy = 개인정보 처리 방식

button-back = ◀ 이전
button-skip = 건너뛰기
button-dont-know = 잘 모르겠어요
button-done = ✔ 완료
button-change-answer = ✏️ 이전 답변 수정
choice-yes = 예
choice-no = 아니요

question-progress = 질문 { $number }
question-why = 질문 이유: { $why }
answers-title = 내 답변(수정하려면 항목을 누르세요):
answers-empty = 아직 답변한 질문이 없습니다. /start를 보내 시작하세요.
answer-unknown = 모름
answer-skipped = 건너뜀
answer-none-selected = 없음

language-prompt = 언어를 선택하세요:
language-changed = 언어가 한국어로 설정되었습니다.

forget-confirm = 모든 답변과 설정을 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
forget-yes = 예, 모두 삭제
forget-no = 아니요, 유지
forget-done = 완료: 저장된 정보가 모두 삭제되었습니다.
forget-cancelled = 아무것도 삭제되지 않았습니다.
mydata-caption = 저장된 내 정보 전체(JSON 파일)입니다.
restart-done = 답변을 모두 지웠습니다. 처음부터 다시 시작하겠습니다.
language-native-name = 한국어
command-check = 비공개 자격 진단 시작
command-routes = 중국 취업·정착 경로
command-threshold = 도시별 급여 기준
command-settings = 그룹 설정(관리자)
command-publish = 채널에 진단 안내 게시
command-stats = 익명 통계(봇 관리자)
