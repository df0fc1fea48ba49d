# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=super_passthrough sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Base:
    def clean(self, value):
        return value.strip()


class Child(Base):
    def clean(self, value):
        return super().clean(value)


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = Child().clean(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
