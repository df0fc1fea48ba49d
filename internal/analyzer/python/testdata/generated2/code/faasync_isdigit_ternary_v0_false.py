# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=isdigit_ternary sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = param if param.isdigit() else "0"
    result = str(eval(bar))
    return {"result": result}
