# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=paramnames shape=flag_turned_on_before_use expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00243(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    secure_flag = False
    secure_flag = True
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp


urlpatterns = [
    path("00243/", benchmark_test_00243),
]
