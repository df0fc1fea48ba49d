# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=choice_quote_of_day expected=false
import random
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

QUOTES = ("Stay hungry.", "Keep it simple.", "Ship it.")


@app.api_route("/weakrandom_choice_quote_of_day", methods=["GET", "POST"])
def case_choice_quote_of_day(request: Request, x_q: str = Header("")):
    param = x_q
    quote = random.choice(QUOTES)
    return {"result": str([param, quote])}
