# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=super_init_kind sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = Child(param).kind
    return RedirectResponse(bar)
