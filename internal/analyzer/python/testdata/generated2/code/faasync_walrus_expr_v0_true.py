# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=walrus_expr sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = (x := param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
