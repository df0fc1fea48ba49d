# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=match_mapping sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
