# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=retry_jitter_sleep expected=false
import random
import time
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_retry_jitter_sleep", methods=["GET", "POST"])
def case_retry_jitter_sleep(request: Request, q: str = Query("")):
    param = q
    delay = 0.1 + random.random() * 0.2
    time.sleep(delay)
    return {"result": str(param)}
