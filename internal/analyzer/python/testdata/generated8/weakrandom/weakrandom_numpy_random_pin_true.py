# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=numpy_random_pin expected=true
import numpy as np
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_numpy_random_pin", methods=["GET", "POST"])
def case_numpy_random_pin(request: Request, q: str = Query("")):
    param = q
    pin = "".join(str(d) for d in np.random.randint(0, 10, size=6))  # want: PY-WEAK-RANDOM
    return {"result": str([param, len(pin)])}
