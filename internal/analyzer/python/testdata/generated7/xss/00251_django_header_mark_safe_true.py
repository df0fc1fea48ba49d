# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=header shape=mark_safe sink=specific expected=true
from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def case_00251(request):
    param = request.headers.get("X-Query", "")
    bar = param
    return HttpResponse(mark_safe("<p>" + bar + "</p>"))  # want: PY-XSS


urlpatterns = [
    path("case-00251/", case_00251),
]
