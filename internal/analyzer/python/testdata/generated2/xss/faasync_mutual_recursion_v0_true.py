# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=mutual_recursion sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = ping(param, 4)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
