# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=django source=meta shape=delete_cookie sink=config expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00542(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.delete_cookie("session_token")
    return resp


urlpatterns = [
    path("00542/", benchmark_test_00542),
]
