import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { mountApp } from '../../components/shared/mount';

mountApp(SidePanelApp);
