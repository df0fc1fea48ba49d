# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=enumerate_value sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
