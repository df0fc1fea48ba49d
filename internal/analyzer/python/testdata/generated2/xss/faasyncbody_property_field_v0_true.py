# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=property_field sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = Wrapper(param).raw
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
