# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=header shape=default_arg_md5 sink=specific expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


def digest(value, algo="md5"):
    return hashlib.new(algo, value.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH


def case_00356(request):
    param = request.headers.get("X-Query", "")
    bar = param
    result = digest(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00356/", case_00356),
]
