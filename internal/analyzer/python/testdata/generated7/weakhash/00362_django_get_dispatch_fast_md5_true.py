# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=get shape=dispatch_fast_md5 sink=specific expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path

HASHERS = {"fast": hashlib.md5, "strong": hashlib.sha256}


def case_00362(request):
    param = request.GET.get("q", "")
    bar = param
    result = HASHERS["fast"](bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00362/", case_00362),
]
