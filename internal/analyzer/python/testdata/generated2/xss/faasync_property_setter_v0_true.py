# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=property_setter sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    w = Wrapper("safe")
    w.raw = param
    bar = w.raw
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
