# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=django shape=sha1_passed_as_func expected=true
import hashlib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

def digest(fn, data):
    return fn(data).hexdigest()


def case_sha1_passed_as_func(request):
    param = request.GET.get("q", "")
    value = digest(hashlib.sha1, param.encode("utf-8"))  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("weakhash_sha1_passed_as_func/", case_sha1_passed_as_func),
]
