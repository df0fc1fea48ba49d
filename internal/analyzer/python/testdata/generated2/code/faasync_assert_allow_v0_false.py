# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=assert_allow sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    assert param in ALLOWED
    bar = param
    result = str(eval(bar))
    return {"result": result}
