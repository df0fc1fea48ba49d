# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=meta shape=opts_dict_inline_all expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00235(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, **{"secure": True, "httponly": True, "samesite": "Strict"})
    return resp


urlpatterns = [
    path("00235/", benchmark_test_00235),
]
