## Evaluating the rules as of another date (to plan ahead, or to check how a past case was decided).

command-date = Check as of another date
date-usage = To see the verdict as of another date, send for example /date 2027-06-30. Send /date today to go back to today.
date-set = From now on your verdict is evaluated as of { $date }.
date-reset = Your verdict is evaluated as of today again.
