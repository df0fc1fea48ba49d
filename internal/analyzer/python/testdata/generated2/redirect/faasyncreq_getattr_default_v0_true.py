# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=getattr_default sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Box:
    pass


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    box = Box()
    bar = getattr(box, "missing", param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
