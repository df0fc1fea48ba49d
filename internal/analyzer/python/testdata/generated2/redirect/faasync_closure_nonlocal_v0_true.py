# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=closure_nonlocal sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = "safe"
    def update():
        nonlocal bar
        bar = param
    update()
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
