# gen2_django_cbv: URLconf
from django.urls import path

from .views import ArchiveIdView, ArchiveView, HomeView, NextView, RestoreView, WelcomeView

urlpatterns = [
    path("restore/", RestoreView.as_view()),
    path("archive/<str:name>/", ArchiveView.as_view()),
    path("archive-id/<int:num>/", ArchiveIdView.as_view()),
    path("welcome/", WelcomeView.as_view()),
    path("next/", NextView.as_view()),
    path("home/", HomeView.as_view()),
]
