# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=secrets_alias expected=false
import secrets as rnd
import string
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_secrets_alias", methods=["GET", "POST"])
def case_secrets_alias(request: Request, x_q: str = Header("")):
    param = x_q
    api_key = "".join(rnd.choice(string.ascii_letters) for _ in range(40))
    return {"result": str([param, len(api_key)])}
