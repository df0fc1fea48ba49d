# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=closure_factory sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


def make_getter(value):
    def getter():
        return value
    return getter


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = make_getter(param)()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
