# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=post shape=json_response sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def case_00253(request):
    param = request.POST.get("q", "")
    bar = param
    return JsonResponse({"q": bar})


urlpatterns = [
    path("case-00253/", case_00253),
]
