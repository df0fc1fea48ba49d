# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=helper_const_threshold expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

def max_len():
    return 3 * 4


def min_len():
    return 20


def case_helper_const_threshold(request):
    param = request.GET.get("q", "")
    code = "x = 1"
    if max_len() > min_len():
        code = param
    ns = {}
    exec(code, ns)
    return JsonResponse({"result": str(ns.get("x"))})


urlpatterns = [
    path("codeinj_helper_const_threshold/", case_helper_const_threshold),
]
