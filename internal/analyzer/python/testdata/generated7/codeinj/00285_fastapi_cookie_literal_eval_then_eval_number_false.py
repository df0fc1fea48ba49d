# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=cookie shape=literal_eval_then_eval_number sink=specific expected=false
import ast

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@app.get("/case-00285")
def case_00285(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    value = ast.literal_eval(bar)
    if not isinstance(value, (int, float)):
        raise HTTPException(status_code=400, detail="invalid")
    result = eval(repr(value) + " * 2", {"__builtins__": {}})
    return {"result": str(result)}
