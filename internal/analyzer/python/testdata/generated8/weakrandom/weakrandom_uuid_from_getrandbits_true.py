# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=uuid_from_getrandbits expected=true
import random
import uuid
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_uuid_from_getrandbits", methods=["GET", "POST"])
def case_uuid_from_getrandbits(request: Request, q: str = Cookie("")):
    param = q
    session_id = str(uuid.UUID(int=random.getrandbits(128)))  # want: PY-WEAK-RANDOM
    return {"result": str([param, session_id[:4]])}
