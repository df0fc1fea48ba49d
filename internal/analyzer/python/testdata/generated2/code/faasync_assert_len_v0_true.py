# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=assert_len sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    assert len(param) < 100
    bar = param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
