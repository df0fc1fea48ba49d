# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=mutual_recursion sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = ping(param, 4)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
