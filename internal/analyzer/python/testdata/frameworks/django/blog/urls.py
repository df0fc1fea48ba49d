# frameworks/django/blog: URLconf for the safe blog views
from django.urls import path

from .views import ArchiveView, comment, post_detail, search, set_theme

urlpatterns = [
    path("", search, name="search"),
    path("post/<slug:slug>/", post_detail, name="post"),
    path("post/<int:pk>/comment/", comment, name="comment"),
    path("theme/", set_theme, name="theme"),
    path("archive/<int:year>/", ArchiveView.as_view(), name="archive"),
]
