# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=closure_factory_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = make_getter(param)()
    return HTMLResponse("<p>Hello " + bar + "</p>")
