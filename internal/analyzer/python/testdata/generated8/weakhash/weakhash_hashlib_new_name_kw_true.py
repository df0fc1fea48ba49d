# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=django shape=hashlib_new_name_kw expected=true
import hashlib
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_hashlib_new_name_kw(request):
    param = request.POST.get("q", "")
    h = hashlib.new(name="sha1")  # want: PY-WEAK-HASH
    h.update(param.encode("utf-8"))
    return JsonResponse({"result": str(h.hexdigest())})


urlpatterns = [
    path("weakhash_hashlib_new_name_kw/", case_hashlib_new_name_kw),
]
