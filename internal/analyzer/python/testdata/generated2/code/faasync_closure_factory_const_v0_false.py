# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=closure_factory_const sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = make_getter(param)()
    result = str(eval(bar))
    return {"result": result}
