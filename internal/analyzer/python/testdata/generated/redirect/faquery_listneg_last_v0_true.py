# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=listneg_last sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    values = ["safe", "moresafe", param]
    bar = values[-1]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
