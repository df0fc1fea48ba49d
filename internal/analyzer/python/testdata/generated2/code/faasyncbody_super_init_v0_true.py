# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=super_init sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = Child(param).value
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
