# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=meta shape=dead_branch_noflags expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00265(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    resp = JsonResponse({"ok": True})
    if False:
        resp.set_cookie("sessionid", bar)
    resp.set_cookie("sessionid", bar, secure=True, httponly=True, samesite="Lax")
    return resp


urlpatterns = [
    path("00265/", benchmark_test_00265),
]
