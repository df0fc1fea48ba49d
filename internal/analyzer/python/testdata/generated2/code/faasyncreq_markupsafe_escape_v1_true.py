# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=markupsafe_escape sink=v1 expected=true
import markupsafe

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = str(markupsafe.escape(param))
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
