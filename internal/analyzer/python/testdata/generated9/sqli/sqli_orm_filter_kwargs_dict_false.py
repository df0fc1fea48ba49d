# generated case (gen9): category=sqli rule=PY-SQLI fw=django shape=orm_filter_kwargs_dict expected=false
from django.contrib.auth.models import User
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_orm_filter_kwargs_dict(request):
    param = request.COOKIES.get("q", "")
    qs = User.objects.filter(**{"username": param})
    return JsonResponse({"result": str(qs.count())})


urlpatterns = [
    path("sqli_orm_filter_kwargs_dict/", case_orm_filter_kwargs_dict),
]
