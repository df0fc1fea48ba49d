# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=recursion_ident sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
