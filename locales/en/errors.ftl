## Answers we could not accept. The question stays as it was; nothing is saved.

error-empty = Please type an answer.
error-not-a-number = I couldn't read that as a number. { hint-whole-number }
error-number-not-whole = Please type a whole number, without decimals.
error-text-too-long = That is too long for an answer. Please type just the number or date.
error-date-invalid = That date doesn't exist. { hint-month-year }
error-date-format = I couldn't read that as a date. { hint-month-year }
error-date-in-future = That date is in the future. Please type the month and year you started.
error-date-too-early = Please give a date from { $year } on.
error-money-negative = An amount can't be negative. Please type the amount in yuan.
error-money-absurd = That is more than { $max }. Please check the amount.
error-money-too-small = That is less than { $min }. Please check the amount.
error-number-below-min = Please type a number of at least { $min }.
error-number-above-max = Please type a number no higher than { $max }.
error-use-buttons = Please choose one of the buttons below the question.
error-stale-button = That button belongs to an earlier question. Here is the current one.
error-verdict-not-ready = The verdict is ready once you have answered the questions. Here is the next one.
error-unknown-language = That language is not available.
error-nothing-to-go-back-to = This is the first question; there is nothing to go back to.
error-interview-complete = You have answered every question. Send /verdict to see the result or /restart to start again.
error-unsupported-message = I can only read text and button presses here.
error-edited-message = I saw you edited a message. Edits don't change your answers: to change one, use /answers.
error-generic = Sorry, something went wrong on our side. Your answers are safe; please try again.
error-too-many-messages = You are sending messages faster than I can answer. I will answer the ones I already have; please wait for my reply before sending more.
